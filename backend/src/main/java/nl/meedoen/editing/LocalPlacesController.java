package nl.meedoen.editing;

import io.micronaut.security.annotation.Secured;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.meedoen.identity.Role;
import nl.meedoen.identity.SignedInStaff;
import nl.meedoen.wegwijs.PlaceKeeping;
import nl.meedoen.web.ClientAddress;
import nl.meedoen.web.CommonResponses;
import nl.meedoen.web.InvalidInputResponse;
import nl.meedoen.web.JsonBodyResponses;
import nl.meedoen.web.NotFoundResponse;
import nl.meedoen.web.PublishedResponses;
import nl.meedoen.web.RoleRequired;

import java.util.List;

/** A municipality's editors keep its places: contact details and opening hours, which newcomers see in wegwijs. */
@CommonResponses
@RoleRequired
@InvalidInputResponse
@NotFoundResponse
@Secured(SignedInStaff.ROLE)
@Controller("${meedoen.api.path}/municipalities/{code}/places")
@Tag(name = "Content editing")
@ExecuteOn(TaskExecutors.BLOCKING)
class LocalPlacesController {

    private final LocalPlaces places;
    private final PublishedResponses responses;

    LocalPlacesController(LocalPlaces places, PublishedResponses responses) {
        this.places = places;
        this.responses = responses;
    }

    @Get
    @Operation(summary = "The municipality's places with their contact details and opening hours (its editors)")
    List<LocalPlaces.View> list(@PathVariable String code, SignedInStaff staff) {
        staff.requireIn(code, Role.EDITOR);
        return places.of(code);
    }

    @JsonBodyResponses
    @Post
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Add a place; newcomers see it within seconds (its editors)")
    LocalPlaces.View add(@PathVariable String code, @Body @Valid PlaceKeeping.Place place, SignedInStaff staff,
                         HttpRequest<?> request) {
        staff.requireIn(code, Role.EDITOR);
        LocalPlaces.View saved = places.save(staff, code, null, place, ClientAddress.of(request));
        responses.refresh();
        return saved;
    }

    @JsonBodyResponses
    @Put("/{id}")
    @Operation(summary = "Replace a place's details and hours (its editors)")
    LocalPlaces.View replace(@PathVariable String code, @PathVariable long id, @Body @Valid PlaceKeeping.Place place,
                             SignedInStaff staff, HttpRequest<?> request) {
        staff.requireIn(code, Role.EDITOR);
        LocalPlaces.View saved = places.save(staff, code, id, place, ClientAddress.of(request));
        responses.refresh();
        return saved;
    }
}
