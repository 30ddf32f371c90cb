package nl.meedoen.content;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.util.List;

/** A row of content_page: a page exists once, and its Dutch source defines its order and version. */
@MappedEntity("content_page")
record ContentPage(@EmbeddedId PageKey key, int position, int version,
                   @TypeDef(type = DataType.STRING_ARRAY) List<String> keywords) {
}
