package nl.meedoen.identity;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import jakarta.inject.Singleton;

/** Stores a role as its lower-case code ('coordinator'), the form the staff_role table checks for. */
@Singleton
final class RoleConverter implements AttributeConverter<Role, String> {

    @Override
    public String convertToPersistedValue(Role role, ConversionContext context) {
        return role.code();
    }

    @Override
    public Role convertToEntityValue(String code, ConversionContext context) {
        return Role.of(code);
    }
}
