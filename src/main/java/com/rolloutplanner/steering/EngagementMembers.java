package com.rolloutplanner.steering;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.rolloutplanner.account.Member;
import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.engagement.Parties;

/** The people of an engagement's two organisations, who may attend and own actions. */
@Component
public class EngagementMembers {

	private final Engagements engagements;

	private final Accounts accounts;

	public EngagementMembers(Engagements engagements, Accounts accounts) {
		this.engagements = engagements;
		this.accounts = accounts;
	}

	public List<Member> of(Parties parties) {
		return this.accounts.membersOf(List.of(parties.clientId(), parties.partnerId()));
	}

	/** The user names of the visible engagement's people. */
	public Set<String> usernames(Long id, CurrentUser user) {
		return of(this.engagements.parties(id, user.access())).stream()
			.map(Member::username)
			.collect(Collectors.toSet());
	}

}
