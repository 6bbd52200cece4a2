package com.rolloutplanner.commitments;

import java.util.List;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When the application starts, the versions carried over from the expectations charter
 * (whose terms were never fingerprinted) take the terms as they are then as the terms
 * both sides signed: before any change, so that the first change after the upgrade
 * outdates them like any other.
 */
@Component
class AnnexAdoption implements SmartInitializingSingleton {

	/** How many versions one transaction adopts. */
	static final int CHUNK = 200;

	private final AnnexVersionRepository versions;

	private final AnnexContent content;

	private final TransactionTemplate transactions;

	AnnexAdoption(AnnexVersionRepository versions, AnnexContent content, TransactionTemplate transactions) {
		this.versions = versions;
		this.content = content;
		this.transactions = transactions;
	}

	@Override
	public void afterSingletonsInstantiated() {
		adoptAll();
	}

	/** Adopts the terms of every version without a fingerprint; how many there were. */
	int adoptAll() {
		int adopted = 0;
		while (true) {
			Integer done = this.transactions.execute((status) -> {
				List<AnnexVersion> chunk = this.versions.findByContentHashIsNullOrderById(Limit.of(CHUNK));
				for (AnnexVersion version : chunk) {
					// A version whose engagement is gone goes with it; none is left here.
					version.compareWith(this.content.fingerprint(version.getEngagementId()).orElse("gone"));
					this.versions.save(version);
				}
				return chunk.size();
			});
			adopted += (done != null) ? done : 0;
			if (done == null || done < CHUNK) {
				return adopted;
			}
		}
	}

}
