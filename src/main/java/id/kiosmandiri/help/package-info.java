/**
 * Help at the kiosk: short answers to the frequent problems, the branch's contacts, and "Panggil
 * petugas": an assistance request with a queue number per branch and day, which staff take and close
 * on their help queue page. Other modules use {@link id.kiosmandiri.help.HelpService}; the entity and
 * its repository stay inside.
 */
package id.kiosmandiri.help;
