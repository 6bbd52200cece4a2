/**
 * The API of what the steering group works with: meetings, agendas, minutes, decisions
 * and actions, and the logs of issues, risks and change requests.
 */
@org.springframework.modulith.ApplicationModule(displayName = "API: steering")
package com.rolloutplanner.api.steering;
