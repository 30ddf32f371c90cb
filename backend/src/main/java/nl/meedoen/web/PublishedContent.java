package nl.meedoen.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a read whose answer depends only on its address, its language and the published content: it
 * holds no personal data and changes only when content is published. Such answers are rendered,
 * serialised and compressed once per published version and then served from memory
 * ({@link PublishedResponseFilter}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface PublishedContent {
}
