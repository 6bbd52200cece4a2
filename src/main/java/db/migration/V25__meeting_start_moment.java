package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Each meeting keeps the moment it starts beside its wall-clock start and time zone, so
 * that which minutes wait for approval is one comparison of moments in the database as on
 * the page. The moments of the meetings already kept are worked out from their zones here
 * (the zone rules are Java's, the same on every database).
 */
public class V25__meeting_start_moment extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		try (Statement statement = connection.createStatement()) {
			statement.execute("ALTER TABLE meeting ADD COLUMN starts_moment TIMESTAMP WITH TIME ZONE");
		}
		try (Statement select = connection.createStatement();
				ResultSet rows = select.executeQuery("SELECT id, starts_at, time_zone FROM meeting");
				PreparedStatement update = connection
					.prepareStatement("UPDATE meeting SET starts_moment = ? WHERE id = ?")) {
			while (rows.next()) {
				LocalDateTime startsAt = rows.getObject(2, LocalDateTime.class);
				update.setObject(1,
						startsAt.atZone(ZoneId.of(rows.getString(3)))
							.withZoneSameInstant(ZoneOffset.UTC)
							.toOffsetDateTime());
				update.setLong(2, rows.getLong(1));
				update.addBatch();
			}
			update.executeBatch();
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("ALTER TABLE meeting ALTER COLUMN starts_moment SET NOT NULL");
			statement.execute("CREATE INDEX ix_meeting_starts_moment ON meeting (starts_moment)");
		}
	}

}
