"""The whole schema as the migrations make it, asserted literally on both engines
(as llm's test_migrate.py does): tables, columns, indexes, constraints, and the
full-text objects that autogenerate cannot see."""

from __future__ import annotations

from sqlalchemy import create_engine, inspect, text

COLUMNS = {
    "alembic_version": "version_num!",
    "citation": "id! statement_id! source_id! start end quote confidence",
    "institution": "id! name! kind! country parent_id wikidata notes created_at!",
    "institution_alias": "id! institution_id! alias! key! language",
    "mention": "id! statement_id! official_id institution_id",
    "official": "id! name! sort_name wikidata notes created_at!",
    "official_alias": "id! official_id! alias! key! language",
    "role": (
        "id! official_id! institution_id! title! "
        "start_date start_precision! end_date end_precision!"
    ),
    "source": (
        "id! url outlet_id title published dateline_place language text! sha256! added_at! "
        "published_precision!"
    ),  # published_precision: 0009
    "statement": (
        "id! official_id institution_id role_id text! kind! said_from said_to said_precision! "
        "date_evidence occasion place language status! origin! confidence created_at! updated_at!"
    ),  # then search_vector (0002, PostgreSQL only), text_stems (0003), version (0004)
    "statement_review": "id! statement_id! action! reviewer! reviewed_at! changes",
    "statement_topic": "statement_id! topic_id!",
    "topic": "id! name! key!",
}

INDEXES = {
    "ix_citation_source_id",
    "ix_institution_alias_key",
    "ix_institution_country",
    "ix_institution_parent_id",
    "ix_mention_institution_id",
    "ix_mention_official_id",
    "ix_official_alias_key",
    "ix_role_institution_id_end_date_start_date_official_id",
    "ix_role_institution_id_start_date_end_date_official_id",
    "ix_role_official_id_start_date_end_date_institution_id",
    "ix_role_title",
    "ix_source_outlet_id",
    "ix_source_published",
    "ix_source_url",
    "ix_statement_institution_id_said_to",
    "ix_statement_official_id_said_to",
    "ix_statement_review_statement_id_reviewed_at",
    "ix_statement_role_id_official_id",
    "ix_statement_said_to_id_institution_id_official_id",
    "ix_statement_topic_topic_id_statement_id",
}

UNIQUES = {
    "citation": {"uq_citation_statement_id_source_id_start"},
    "institution": {"uq_institution_wikidata"},
    "institution_alias": {"uq_institution_alias_institution_id_alias"},
    "mention": {"uq_mention_statement_id_official_id_institution_id"},
    "official": {"uq_official_wikidata"},
    "official_alias": {"uq_official_alias_official_id_alias"},
    "source": {"uq_source_sha256"},
    "topic": {"uq_topic_key"},
}

CHECKS = {
    "institution": {"ck_institution_kind", "ck_institution_country"},
    "role": {"ck_role_dates", "ck_role_start_precision", "ck_role_end_precision"},
    "statement": {
        "ck_statement_speaker",
        "ck_statement_kind",
        "ck_statement_status",
        "ck_statement_origin",
        "ck_statement_said_precision",
        "ck_statement_said_dates",
    },
    "statement_review": {"ck_statement_review_action"},
    "citation": {"ck_citation_span"},
    "mention": {"ck_mention_exactly_one_target"},
    "source": {"ck_source_published_precision"},
}

FOREIGN_KEYS = {
    "fk_citation_source_id_source": "RESTRICT",
    "fk_citation_statement_id_statement": "CASCADE",
    "fk_institution_parent_id_institution": "SET NULL",
    "fk_institution_alias_institution_id_institution": "CASCADE",
    "fk_mention_institution_id_institution": "CASCADE",
    "fk_mention_official_id_official": "CASCADE",
    "fk_mention_statement_id_statement": "CASCADE",
    "fk_official_alias_official_id_official": "CASCADE",
    "fk_role_institution_id_institution": "CASCADE",
    "fk_role_official_id_official": "CASCADE",
    "fk_source_outlet_id_institution": "SET NULL",
    "fk_statement_institution_id_institution": "RESTRICT",
    "fk_statement_official_id_official": "RESTRICT",
    "fk_statement_role_id_role": "SET NULL",
    "fk_statement_topic_statement_id_statement": "CASCADE",
    "fk_statement_topic_topic_id_topic": "CASCADE",
}

SQLITE_FULL_TEXT = {
    ("table", "statement_fts"),
    ("view", "statement_fts_source"),
    ("trigger", "statement_fts_insert"),
    ("trigger", "statement_fts_delete"),
    ("trigger", "statement_fts_update"),
    ("trigger", "statement_fts_official_name"),
    ("trigger", "statement_fts_institution_name"),
}

POSTGRES_TRIGGERS = {
    "statement_search_vector",
    "official_search_vector",
    "institution_search_vector",
}


def _columns(inspector, table: str) -> str:
    return " ".join(
        c["name"] + ("" if c["nullable"] else "!") for c in inspector.get_columns(table)
    )


def test_the_whole_schema(db_url, engine_name):
    engine = create_engine(db_url)
    inspector = inspect(engine)
    tables = {t for t in inspector.get_table_names() if not t.startswith("statement_fts")}
    assert tables == set(COLUMNS)
    for table, columns in COLUMNS.items():
        expected = columns
        if table == "statement":
            expected += (" search_vector" if engine_name == "postgres" else "") + " text_stems"
            expected += " version!"
        assert _columns(inspector, table) == expected, table
    indexes = {
        i["name"]
        for t in tables
        for i in inspector.get_indexes(t)
        if not i.get("duplicates_constraint")  # PostgreSQL lists unique constraints' indexes
    }
    assert indexes - {"ix_statement_search_vector"} == INDEXES
    for table, names in UNIQUES.items():
        assert {u["name"] for u in inspector.get_unique_constraints(table)} == names, table
    for table, names in CHECKS.items():
        assert {c["name"] for c in inspector.get_check_constraints(table)} == names, table
    foreign_keys = {
        fk["name"]: (fk.get("options") or {}).get("ondelete", "NO ACTION")
        for t in tables
        for fk in inspector.get_foreign_keys(t)
    }
    assert foreign_keys == FOREIGN_KEYS

    with engine.connect() as conn:
        if engine_name == "sqlite":
            objects = set(
                conn.execute(
                    text(
                        "SELECT type, name FROM sqlite_master "
                        "WHERE name LIKE 'statement_fts%' AND type IN ('table','view','trigger') "
                        "AND name NOT IN ('statement_fts_config', 'statement_fts_data', "
                        "'statement_fts_docsize', 'statement_fts_idx')"
                    )
                ).fetchall()
            )
            assert objects == SQLITE_FULL_TEXT
        else:
            triggers = set(
                conn.execute(text("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"))
                .scalars()
                .all()
            )
            assert triggers == POSTGRES_TRIGGERS
            assert "ix_statement_search_vector" in indexes
    engine.dispose()


def test_the_core_tables_are_columns_of_the_models():
    """tracker.tables (what reading uses, without SQLModel) names only columns tracker.models
    defines, of the same Python type."""
    from sqlmodel import SQLModel

    import tracker.models  # noqa: F401 - fills SQLModel.metadata
    from tracker.tables import TABLES

    for core in TABLES:
        model = SQLModel.metadata.tables[core.name]
        for column in core.columns:
            assert column.name in model.c, (core.name, column.name)
            defined = model.c[column.name].type.python_type
            assert column.type.python_type is defined, (core.name, column.name)
