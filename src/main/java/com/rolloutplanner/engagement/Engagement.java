package com.rolloutplanner.engagement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import com.rolloutplanner.organisation.Organisation;
import com.rolloutplanner.quickwin.QuickWinSubject;
import com.rolloutplanner.phase.PhaseCalendar;
import com.rolloutplanner.phase.Placement;

/**
 * One outsourced customer service between a client organisation and a partner
 * organisation, from go-live onwards.
 */
@Entity
public class Engagement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private String name;

	@ManyToOne(optional = false)
	@JoinColumn(name = "client_organisation_id")
	private Organisation client;

	@ManyToOne(optional = false)
	@JoinColumn(name = "partner_organisation_id")
	private Organisation partner;

	@Convert(converter = ChannelSetConverter.class)
	private Set<ServiceChannel> channels = EnumSet.noneOf(ServiceChannel.class);

	private LocalDate goLiveDate;

	@Enumerated(EnumType.STRING)
	private ContractModel contractModel;

	private int contractMonths;

	private Integer onboardingHours;

	private Long onboardingBudgetEur;

	private Integer expectedPaybackMonth;

	private String learningPlan;

	private String description;

	@ElementCollection
	@CollectionTable(name = "engagement_goal", joinColumns = @JoinColumn(name = "engagement_id"))
	private List<Goal> goals = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	private Stage stage = Stage.SIGNED;

	private String service;

	private Instant createdAt;

	private Instant updatedAt;

	protected Engagement() {
	}

	public Engagement(EngagementTerms terms, Instant now) {
		this(terms, Stage.SIGNED, now);
	}

	/** A new engagement: signed, or a proposal whose terms are being negotiated. */
	public Engagement(EngagementTerms terms, Stage stage, Instant now) {
		if (stage == Stage.NOT_CHOSEN) {
			throw new IllegalArgumentException("A new engagement is signed or a proposal");
		}
		this.stage = stage;
		apply(terms);
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** Replaces the agreed terms with revised ones. */
	public void revise(EngagementTerms terms, Instant now) {
		apply(terms);
		this.updatedAt = now;
	}

	public Placement placementOn(LocalDate date) {
		return PhaseCalendar.place(this.goLiveDate, date);
	}

	/** The plain values the quick-win rules look at. */
	public QuickWinSubject quickWinSubject() {
		return plan().quickWinSubject();
	}

	/** What the rules, the phase dates and the payback read of the terms. */
	public EngagementPlan plan() {
		return new EngagementPlan(this.goLiveDate, this.contractModel, this.contractMonths, this.onboardingHours,
				this.onboardingBudgetEur, this.expectedPaybackMonth, this.learningPlan, this.description, this.goals);
	}

	private void apply(EngagementTerms terms) {
		this.name = terms.name();
		this.client = terms.client();
		this.partner = terms.partner();
		this.channels = terms.channels().isEmpty() ? EnumSet.noneOf(ServiceChannel.class)
				: EnumSet.copyOf(terms.channels());
		this.goLiveDate = terms.goLiveDate();
		this.contractModel = terms.contractModel();
		this.contractMonths = terms.contractMonths();
		this.onboardingHours = terms.onboardingHours();
		this.onboardingBudgetEur = terms.onboardingBudgetEur();
		this.expectedPaybackMonth = terms.expectedPaybackMonth();
		this.learningPlan = terms.learningPlan();
		this.description = terms.description();
		replaceGoals(terms.goals());
		this.service = terms.service();
	}

	private void replaceGoals(List<Goal> newGoals) {
		List<Goal> sorted = new ArrayList<>(newGoals);
		sorted.sort(Comparator.comparing(Goal::getType));
		List<Goal> current = getGoals();
		boolean unchanged = sorted.size() == current.size();
		for (int i = 0; unchanged && i < sorted.size(); i++) {
			unchanged = sorted.get(i).sameAs(current.get(i));
		}
		if (!unchanged) {
			this.goals.clear();
			this.goals.addAll(sorted);
		}
	}

	public EngagementTerms terms() {
		return new EngagementTerms(this.name, this.client, this.partner, this.channels, this.goLiveDate,
				this.contractModel, this.contractMonths, this.onboardingHours, this.onboardingBudgetEur,
				this.expectedPaybackMonth, this.learningPlan, this.description, this.goals, this.service);
	}

	/**
	 * Moves a proposal on: chosen (it stays a proposal, open), not chosen (closed), or
	 * signed. A signed engagement stays signed, and a closed proposal closed.
	 * @return whether the stage changed
	 */
	boolean moveTo(Stage next, Instant now) {
		boolean allowed = (this.stage == Stage.PROPOSAL && next != Stage.PROPOSAL);
		if (allowed) {
			this.stage = next;
			this.updatedAt = now;
		}
		return allowed;
	}

	public Stage getStage() {
		return this.stage;
	}

	public String getService() {
		return this.service;
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public String getName() {
		return this.name;
	}

	public Organisation getClient() {
		return this.client;
	}

	public Organisation getPartner() {
		return this.partner;
	}

	public Set<ServiceChannel> getChannels() {
		return this.channels.isEmpty() ? Set.of() : EnumSet.copyOf(this.channels);
	}

	public LocalDate getGoLiveDate() {
		return this.goLiveDate;
	}

	public ContractModel getContractModel() {
		return this.contractModel;
	}

	public int getContractMonths() {
		return this.contractMonths;
	}

	public Integer getOnboardingHours() {
		return this.onboardingHours;
	}

	public Long getOnboardingBudgetEur() {
		return this.onboardingBudgetEur;
	}

	public Integer getExpectedPaybackMonth() {
		return this.expectedPaybackMonth;
	}

	public String getLearningPlan() {
		return this.learningPlan;
	}

	public String getDescription() {
		return this.description;
	}

	/** The goals in the order of the goal types, whatever order the database returns. */
	public List<Goal> getGoals() {
		return this.goals.stream().sorted(Comparator.comparing(Goal::getType)).toList();
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
