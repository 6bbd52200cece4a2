/**
 * Tables that people open in a spreadsheet: written as CSV or as XLSX (streamed, so
 * memory stays flat at any number of rows), with real numbers and dates, headers in the
 * reader's language, and no text cell that a spreadsheet would run as a formula.
 */
package com.rolloutplanner.export;
