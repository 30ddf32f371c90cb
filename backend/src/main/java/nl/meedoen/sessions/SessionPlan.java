package nl.meedoen.sessions;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.meedoen.web.validation.PlainText;
import nl.meedoen.web.validation.TextInput;
import org.jspecify.annotations.Nullable;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A session as a coordinator enters it: start and end on Dutch clocks (Europe/Amsterdam), such as
 * {@code 2026-12-10T09:30}. {@code status} may only be given when changing a session that has begun
 * ({@code completed}).
 */
@Serdeable
@Schema(name = "SessionPlan")
record SessionPlan(@NotBlank @PlainText(max = 200) String title,
                   @NotNull LocalDateTime start,
                   @NotNull LocalDateTime end,
                   @NotNull @Valid PlaceInput place,
                   @Min(1) @Max(10000) int capacity,
                   @NotEmpty @Size(max = 17) List<@NotBlank @Size(max = 3) String> languages,
                   @Nullable @Size(max = 17) List<@NotBlank @Size(max = 3) String> interpreterLanguages,
                   @Nullable @Size(max = 20) List<@NotNull UUID> trainerIds,
                   @Schema(allowableValues = {"planned", "completed"})
                   @Nullable @Pattern(regexp = "planned|completed", message = "must be planned or completed") String status) {

    SessionPlan {
        title = TextInput.normalised(title);
    }

    @Serdeable
    @Schema(name = "PlaceInput")
    record PlaceInput(@NotBlank @PlainText(max = 200) String name,
                      @NotBlank @PlainText(max = 300) String address,
                      @Nullable @PlainText(max = 100) String room,
                      @Nullable @PlainText(max = 1000) String accessibilityNotes,
                      @Nullable @Size(max = 2000) @Pattern(regexp = "https://\\S+", message = "must be an https:// link") String mapLink) {

        PlaceInput {
            name = TextInput.normalised(name);
            address = TextInput.normalised(address);
            room = blankToNull(TextInput.normalised(room));
            accessibilityNotes = blankToNull(TextInput.normalised(accessibilityNotes));
            mapLink = blankToNull(TextInput.normalised(mapLink));
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
