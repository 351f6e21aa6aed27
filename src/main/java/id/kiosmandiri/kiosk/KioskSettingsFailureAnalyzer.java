package id.kiosmandiri.kiosk;

import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.bind.validation.ValidationErrors;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.origin.Origin;
import org.springframework.core.Ordered;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * A {@code kiosk.*} setting that breaks a rule of its record ({@code @Validated}), reported by the key
 * as it is written ({@code kiosk.security.max-failed-pins}), the value, where it came from and the
 * rule. Spring Boot's own report names the record's field instead ({@code maxFailedPins}) and, for a
 * value from a YAML file, only the file and line. Values that cannot even be converted (a card
 * pattern that is no regular expression, a word for a number) are left to Spring Boot's report,
 * which names the key already.
 */
class KioskSettingsFailureAnalyzer extends AbstractFailureAnalyzer<BindValidationException> implements Ordered {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BindValidationException cause) {
        ValidationErrors errors = cause.getValidationErrors();
        String prefix = errors.getName().toString();
        if (!prefix.equals("kiosk") && !prefix.startsWith("kiosk.")) {
            return null; // someone else's settings: Spring Boot's own report
        }
        StringBuilder description = new StringBuilder("Invalid kiosk setting:");
        for (ObjectError error : errors.getAllErrors()) {
            description.append("\n\n    ");
            if (error instanceof FieldError field) {
                description.append(prefix).append('.').append(DataObjectPropertyName.toDashedForm(field.getField()))
                        .append(" = \"").append(field.getRejectedValue()).append('"');
                Origin origin = Origin.from(field);
                if (origin != null) {
                    description.append(" (from ").append(origin).append(')');
                }
                description.append("\n    ");
            }
            description.append(error.getDefaultMessage());
        }
        return new FailureAnalysis(description.toString(),
                "Correct the setting named above (in application.yml, application-prod.yml, an environment variable "
                        + "or a --kiosk... argument; README.md, Configuration, lists every kiosk.* setting) and start again.",
                cause);
    }

    /** Before Spring Boot's own analyzer of the same failure. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
