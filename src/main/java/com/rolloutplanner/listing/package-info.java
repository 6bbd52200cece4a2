/**
 * The read model of the engagement lists (the dashboard and the API list): what a list
 * needs of each engagement, stored beside it and kept current in the transaction of every
 * change that touches it, so that a list filters, counts, sorts and pages in the database
 * and costs the same whatever the number of engagements.
 */
package com.rolloutplanner.listing;
