package nl.meedoen.content;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;

/** The database names a content module by its folder ({@code values}), as the CHECK constraint on content_page expects. */
@Singleton
final class ModuleColumn implements AttributeConverter<ContentModule, String> {

    @Override
    public @Nullable String convertToPersistedValue(@Nullable ContentModule module, ConversionContext context) {
        return module == null ? null : module.folder();
    }

    @Override
    public @Nullable ContentModule convertToEntityValue(@Nullable String folder, ConversionContext context) {
        return folder == null ? null : ContentModule.ofFolder(folder);
    }
}
