package nl.meedoen.web;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The row of published_version. */
@MappedEntity("published_version")
record PublishedVersion(@Id int id, long version) {
}
