/**
 * The kiosk shell: app shell, attract screen, keypad, language toggle, formats. Every screen of
 * every module builds on it, so it is the kiosk module's named interface {@code ui}; it knows no
 * member types and reaches feature screens by route name.
 */
@NamedInterface("ui")
package id.kiosmandiri.kiosk.ui;

import org.springframework.modulith.NamedInterface;
