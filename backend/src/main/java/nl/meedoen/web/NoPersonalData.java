package nl.meedoen.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an operation whose answer holds no personal data, so that it may set its own caching headers.
 * Every other operation of the API answers with {@code Cache-Control: no-store} ({@link NoStoreFilter});
 * {@link PublishedContent} implies this.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface NoPersonalData {
}
