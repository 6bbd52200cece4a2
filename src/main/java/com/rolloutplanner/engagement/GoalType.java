package com.rolloutplanner.engagement;

/** The eight reasons to outsource customer service named in the source article. */
public enum GoalType {

	CUSTOMER_EXPERIENCE, SCALABILITY, SALES_AND_VALUE, COST_REDUCTION, INTERNATIONALISATION, CUSTOMER_BEHAVIOUR_CHANGE,
	MODERNISATION, CULTURE_CHANGE

}
