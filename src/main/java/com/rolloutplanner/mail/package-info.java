/**
 * Mail delivery: the outbox (a mail is written in the transaction of what causes it),
 * sent over SMTP off the request threads by whichever instance claims it, with retries;
 * the administrators' outbox pages; jobs run once per period across instances. What a
 * mail says and who gets it is the notification module's.
 */
package com.rolloutplanner.mail;
