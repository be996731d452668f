package dev.principalprep.progress.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class LearnerTablesTest {

    private static final LearnerTables.Table STORIES = new LearnerTables.Table("star_story", "stories", "created_at");

    @Test
    void theExportReadsTheLearnersRowsInOrderWithoutRepeatingTheirId() {
        assertEquals("select cast(sql('(select cast(coalesce(json_agg(to_jsonb(t) - ''learner_id'' order by created_at), "
                + "''[]'') as text) from star_story t where learner_id = ?)', ?1) as String)", STORIES.exportQuery());
    }

    @Test
    void theErasureDeletesTheLearnersRows() {
        assertEquals("delete from star_story where learner_id = ?1", STORIES.eraseQuery());
    }

    @Test
    void everyTableAndEveryPartIsNamedOnce() {
        Set<String> tables = LearnerTables.ALL.stream().map(LearnerTables.Table::name).collect(Collectors.toSet());
        Set<String> parts = LearnerTables.ALL.stream().map(LearnerTables.Table::part).collect(Collectors.toSet());
        assertEquals(LearnerTables.ALL.size(), tables.size());
        assertEquals(LearnerTables.ALL.size(), parts.size());
    }
}
