package nl.meedoen.signing;

import com.microsoft.playwright.Page;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The coordinator's side of the browser tests of the signing screens: signing in, and the screen's width. */
final class StaffScreens {

    /** The widths every signing screen is tried at: a small phone and a desktop. */
    static final int PHONE = 360;
    static final int DESKTOP = 1280;

    private StaffScreens() {
    }

    /** Signs in on the staff screen and waits for the municipality's staff home. */
    static void signIn(Page page, String app, SigningTestData.Staff staff, int width) {
        page.setViewportSize(width, width == PHONE ? 740 : 900);
        page.navigate(app + "/#/staff");
        page.locator("#staff-email").fill(staff.email());
        page.locator("#staff-password").fill(SigningTestData.PASSWORD);
        page.locator("form button[type=submit]").click();
        assertThat(page.locator("#newcomer-list")).isVisible();
    }

}
