package dev.planrun.exec.pip;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Installed distributions by normalised name (PEP 503: {@code Omero_Py} is {@code omero-py}). */
final class PackageSet {

    /** One distribution, as {@code pip list --format=json} reports it. */
    record Installed(String name, String version) {
    }

    /** Of an uninstall step's requirements, those installed now and those that are not. */
    record Removal(List<Installed> present, List<String> absent) {
    }

    private static final Pattern REQUIREMENT_NAME = Pattern.compile("^\\s*([A-Za-z0-9][A-Za-z0-9._-]*)");

    private final Map<String, Installed> byName = new LinkedHashMap<>();

    PackageSet(Collection<Installed> installed) {
        installed.forEach(p -> byName.put(normalise(p.name()), p));
    }

    static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
    }

    /** The project name a requirement starts with: {@code omero-figure} of {@code omero-figure==4.4.3}. */
    static String requirementName(String requirement) {
        Matcher m = REQUIREMENT_NAME.matcher(requirement);
        return m.find() ? m.group(1) : requirement.strip();
    }

    /** Which of {@code requirements} this set holds (as installed) and which it lacks (by name). */
    Removal removal(List<String> requirements) {
        List<Installed> present = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        for (String requirement : requirements) {
            Installed p = byName.get(normalise(requirementName(requirement)));
            if (p == null) {
                absent.add(requirementName(requirement));
            } else {
                present.add(p);
            }
        }
        return new Removal(present, absent);
    }

    List<Installed> all() {
        return List.copyOf(byName.values());
    }

    String version(String name) {
        Installed p = byName.get(normalise(name));
        return p == null ? null : p.version();
    }

    /** What changed from {@code before} to this set, one phrase per package: {@code alpha 1.0 -> 2.0}, {@code beta (new) 1.0}. */
    List<String> changesSince(PackageSet before) {
        List<String> out = new ArrayList<>();
        byName.forEach((key, now) -> {
            String was = before.version(now.name());
            if (was == null) {
                out.add(now.name() + " (new) " + now.version());
            } else if (!was.equals(now.version())) {
                out.add(now.name() + " " + was + " -> " + now.version());
            }
        });
        before.byName.forEach((key, was) -> {
            if (!byName.containsKey(key)) {
                out.add(was.name() + " " + was.version() + " (removed)");
            }
        });
        return out;
    }

    /** {@code name==version} of the packages of this set that {@code now} lacks or holds in another version. */
    List<String> toRestoreFrom(PackageSet now) {
        return byName.values().stream().filter(p -> !p.version().equals(now.version(p.name())))
                .map(p -> p.name() + "==" + p.version()).toList();
    }

    /** Names of the packages of {@code now} that this set does not have. */
    List<String> addedIn(PackageSet now) {
        return now.byName.values().stream().filter(p -> version(p.name()) == null).map(Installed::name).toList();
    }
}
