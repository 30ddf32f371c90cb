package nl.meedoen.web;

/**
 * What to tell a caller whose change was stopped by a unique constraint, such as two people adding the
 * same e-mail address at the same moment. A feature declares one as a bean for each unique constraint
 * of its tables; the detail never repeats the duplicated value.
 */
public record UniqueConstraintMessage(String constraint, String detail) {
}
