/**
 * Proposals before signing: a client compares side by side the proposals several partners
 * made for one service (investment, payback and its what-ifs, glide paths, flags,
 * contract model and length) and chooses one, which closes the others as not chosen.
 */
package com.rolloutplanner.proposal;
