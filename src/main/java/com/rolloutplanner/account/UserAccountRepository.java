package com.rolloutplanner.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface UserAccountRepository extends Repository<UserAccount, Long> {

	UserAccount save(UserAccount account);

	Optional<UserAccount> findById(Long id);

	Optional<UserAccount> findByUsername(String username);

	boolean existsByUsername(String username);

	@Query("select new com.rolloutplanner.account.SessionState(u.active, u.sessionsSince) "
			+ "from UserAccount u where u.id = :id")
	Optional<SessionState> findSessionStateById(Long id);

	long count();

	@Query("select u from UserAccount u join fetch u.organisation order by u.username")
	List<UserAccount> findAllWithOrganisation();

	@Query("select u from UserAccount u join fetch u.organisation o where o.id in :organisationIds "
			+ "and u.active = true order by u.displayName, u.username")
	List<UserAccount> findActiveIn(java.util.Collection<Long> organisationIds);

	@Query("select u from UserAccount u join fetch u.organisation where u.active = true and u.email is not null "
			+ "order by u.id")
	List<UserAccount> findActiveWithEmail();

	@Query("select u from UserAccount u join fetch u.organisation where u.active = true "
			+ "and lower(u.email) = :address order by u.id")
	List<UserAccount> findActiveByEmail(String address);

	@Query("select count(u) > 0 from UserAccount u where u.active = true and lower(u.email) = :address")
	boolean existsActiveByEmail(String address);

	@Query("select u from UserAccount u join fetch u.organisation where u.oidcIssuer = :issuer "
			+ "and u.oidcSubject = :subject")
	java.util.Optional<UserAccount> findByIdentity(String issuer, String subject);

	@Query("select u from UserAccount u join fetch u.organisation o where o.id = :organisationId "
			+ "and lower(u.email) = :address order by u.id")
	List<UserAccount> findInOrganisationByEmail(Long organisationId, String address);

}
