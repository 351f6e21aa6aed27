/**
 * The frame of member screens (layout with Keluar, idle guard) and the error screens shown inside
 * a member's session. Feature screens use it as the session module's named interface {@code ui}.
 */
@NamedInterface("ui")
package id.kiosmandiri.session.ui;

import org.springframework.modulith.NamedInterface;
