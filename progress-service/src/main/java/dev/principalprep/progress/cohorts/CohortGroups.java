package dev.principalprep.progress.cohorts;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A learner's cohort groups, read from the token's {@code groups} claim: MicroProfile JWT carries the roles in that
 * claim, so every value that is not one of the platform's roles names a group (an organisation, a team, an intake).
 * Values that could not be a group name are left out rather than refused: the token comes from the identity provider.
 */
public final class CohortGroups {

    public static final Set<String> ROLES = Set.of("learner", "author", "ld-admin", "integration");
    public static final int MAX_GROUPS = 20;
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    private CohortGroups() {
    }

    public static List<String> of(Collection<String> groupsClaim) {
        TreeSet<String> groups = new TreeSet<>();
        for (String value : groupsClaim) {
            if (!ROLES.contains(value) && NAME.matcher(value).matches()) {
                groups.add(value);
            }
        }
        return groups.stream().limit(MAX_GROUPS).toList();
    }
}
