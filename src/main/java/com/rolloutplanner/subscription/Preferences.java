package com.rolloutplanner.subscription;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How each user wants each kind of notification; a kind without a stored choice is sent
 * at once (and the digest is on).
 */
@Component
public class Preferences {

	private final JdbcClient jdbc;

	Preferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Map<NotificationKind, Delivery> of(Long userId) {
		Map<NotificationKind, Delivery> all = new EnumMap<>(NotificationKind.class);
		for (NotificationKind kind : NotificationKind.values()) {
			all.put(kind, Delivery.IMMEDIATE);
		}
		this.jdbc.sql("select kind, delivery from notification_preference where user_account_id = ?")
			.param(userId)
			.query((rs, row) -> {
				all.put(NotificationKind.valueOf(rs.getString("kind")), Delivery.valueOf(rs.getString("delivery")));
				return null;
			})
			.list();
		return all;
	}

	/** The choice of each of the users for one kind, read with one query. */
	public Map<Long, Delivery> of(Collection<Long> userIds, NotificationKind kind) {
		Map<Long, Delivery> chosen = new HashMap<>();
		userIds.forEach((id) -> chosen.put(id, Delivery.IMMEDIATE));
		if (userIds.isEmpty()) {
			return chosen;
		}
		this.jdbc
			.sql("select user_account_id, delivery from notification_preference where kind = :kind "
					+ "and user_account_id in (:ids)")
			.param("kind", kind.name())
			.param("ids", userIds)
			.query((rs, row) -> chosen.put(rs.getLong(1), Delivery.valueOf(rs.getString(2))))
			.list();
		return chosen;
	}

	@Transactional
	public void set(Long userId, NotificationKind kind, Delivery delivery) {
		Delivery stored = (kind == NotificationKind.WEEKLY_DIGEST && delivery == Delivery.DIGEST) ? Delivery.IMMEDIATE
				: delivery;
		this.jdbc.sql("delete from notification_preference where user_account_id = ? and kind = ?")
			.params(userId, kind.name())
			.update();
		this.jdbc.sql("insert into notification_preference (user_account_id, kind, delivery) values (?, ?, ?)")
			.params(userId, kind.name(), stored.name())
			.update();
	}

}
