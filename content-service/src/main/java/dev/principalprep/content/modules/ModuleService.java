package dev.principalprep.content.modules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;

import org.bson.Document;

import io.smallrye.mutiny.Uni;

/** Reads published modules; drafts are invisible here. */
@ApplicationScoped
public class ModuleService {

    private final ModuleRepository repository;
    private final ContentCodec codec;

    public ModuleService(ModuleRepository repository, ContentCodec codec) {
        this.repository = repository;
        this.codec = codec;
    }

    public Uni<ModuleViews.SummaryPage> listPublished(PageRequest request) {
        return Uni.combine().all()
                .unis(repository.findPublished(request.offset(), request.size()), repository.countPublished())
                .asTuple()
                .map(found -> new ModuleViews.SummaryPage(found.getItem1().stream().map(this::summary).toList(),
                        request.page(), request.size(), found.getItem2()));
    }

    /** The latest published version of a module; 404 when there is none (unknown, or a draft only). */
    public Uni<ModuleViews.Published> published(String id) {
        return repository.findModule(id).chain(module -> {
            Integer version = module == null ? null : module.getInteger(ModuleRepository.PUBLISHED_VERSION);
            if (version == null) {
                throw new NotFoundException("No published module " + id);
            }
            return version(id, version);
        });
    }

    public Uni<ModuleViews.Published> version(String id, int version) {
        return repository.findVersion(id, version).map(found -> {
            if (found == null) {
                throw new NotFoundException("No version " + version + " of module " + id);
            }
            return ModuleViews.Published.of(found.getInteger("version"), found.getDate("publishedAt"),
                    codec.fromDocument(found.get("content", Document.class), ModuleContent.class));
        });
    }

    public Uni<List<ModuleViews.Version>> versions(String id) {
        return repository.listVersions(id).map(found -> {
            if (found.isEmpty()) {
                throw new NotFoundException("No published module " + id);
            }
            return found.stream().map(v -> new ModuleViews.Version(v.getInteger("version"), v.getDate("publishedAt"),
                    v.getString("publishedBy"))).toList();
        });
    }

    public static DocumentContent document(ModuleContent module, String documentId) {
        return module.document(documentId)
                .orElseThrow(() -> new NotFoundException("No document " + documentId + " in module " + module.id()));
    }

    public static Section section(ModuleContent module, String sectionId) {
        return module.section(sectionId)
                .orElseThrow(() -> new NotFoundException("No section " + sectionId + " in module " + module.id()));
    }

    /** The module's questions, those testing {@code tests} (case-insensitive, part of a word) when given. */
    public static List<ModuleViews.Question> questions(ModuleContent module, String tests) {
        String wanted = tests == null ? null : tests.toLowerCase(Locale.ROOT).strip();
        return module.allSections().filter(s -> s.kind() == SectionKind.QUESTIONS)
                .flatMap(s -> s.items().stream().map(i -> new ModuleViews.Question(i.id(), i.title(), i.tests(),
                        i.points(), s.id())))
                .filter(q -> wanted == null || wanted.isEmpty()
                        || q.tests().stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(wanted)))
                .toList();
    }

    public static ModuleViews.SkillsMatrix skills(ModuleContent module) {
        List<ModuleViews.Skill> skills = module.allSections().filter(s -> s.kind() == SectionKind.SKILLS_MATRIX)
                .flatMap(s -> s.items().stream().map(i -> skill(s, i))).toList();
        List<Item> toAcquire = module.allSections().filter(s -> s.kind() == SectionKind.PRIORITIZED_LIST)
                .flatMap(s -> s.items().stream()).toList();
        if (skills.isEmpty()) {
            throw new NotFoundException("Module " + module.id() + " has no skills matrix");
        }
        return new ModuleViews.SkillsMatrix(skills, toAcquire);
    }

    private static ModuleViews.Skill skill(Section matrix, Item item) {
        Map<String, String> byColumn = new LinkedHashMap<>();
        for (int c = 0; c < matrix.columns().size() && c < item.cells().size(); c++) {
            byColumn.put(matrix.columns().get(c), item.cells().get(c));
        }
        return new ModuleViews.Skill(item.id(), item.title(), byColumn.get("2024"), byColumn.get("2025"),
                byColumn.get("2026"), byColumn.get("Importance"));
    }

    public static ModuleViews.Checklist checklist(ModuleContent module) {
        Section checklist = module.allSections().filter(s -> s.kind() == SectionKind.CHECKLIST).findFirst()
                .orElseThrow(() -> new NotFoundException("Module " + module.id() + " has no checklist"));
        Map<String, List<Item>> groups = new LinkedHashMap<>();
        checklist.items().forEach(i -> groups.computeIfAbsent(i.group(), g -> new ArrayList<>()).add(i));
        return new ModuleViews.Checklist(checklist.id(), checklist.title(), groups.entrySet().stream()
                .map(e -> new ModuleViews.Checklist.Group(e.getKey(), e.getValue())).toList());
    }

    private ModuleViews.Summary summary(Document module) {
        Document summary = module.get(ModuleRepository.PUBLISHED_SUMMARY, Document.class);
        Document hours = summary.get("estimatedHours", Document.class);
        return new ModuleViews.Summary(module.getString("_id"), summary.getString("title"),
                module.getInteger(ModuleRepository.PUBLISHED_VERSION),
                new ModuleContent.HoursRange(hours.getInteger("min"), hours.getInteger("max")));
    }
}
