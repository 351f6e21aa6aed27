package id.kiosmandiri.kiosk;

/** A kiosk configuration file that cannot be used; the message names the file and the field. */
class KioskConfigException extends RuntimeException {

    private final String file;
    private final String field;

    public KioskConfigException(String file, String field, String problem) {
        super(file + ": " + (field == null ? "" : "field '" + field + "': ") + problem);
        this.file = file;
        this.field = field;
    }

    public String file() {
        return file;
    }

    public String field() {
        return field;
    }
}
