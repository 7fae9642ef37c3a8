-- The review rubric, stored and versioned: each version is immutable once written; exactly one is active (the
-- one new reviews are validated against and stamped with). Changing the rubric adds version N+1 as the active one.
create table rubric (
    version    integer primary key check (version >= 1),
    definition jsonb       not null,
    created_by text        not null,
    created_at timestamptz not null,
    active     boolean     not null default false
);
create unique index rubric_one_active_idx on rubric ((true)) where active;

-- Version 1: the default rubric, drawn from the Credibility Coalition / W3C CCIV credibility signals.
-- anonymousSource and numbersChecked are the check boxes clients sent before the rubric was stored.
insert into rubric (version, definition, created_by, created_at, active) values (1, $json$
{
  "items": [
    {
      "key": "sourcing",
      "label": {"ar": "جودة المصادر", "en": "Sourcing"},
      "levels": [
        {"value": 1, "label": {"ar": "لا مصدر، أو مصدر واحد مجهول", "en": "No source, or a single anonymous source"}},
        {"value": 2, "label": {"ar": "مصدر واحد مسمّى أو عدة مصادر مجهولة", "en": "A single named source, or several anonymous sources"}},
        {"value": 3, "label": {"ar": "مصدر مسمّى موثوق مع مصدر داعم", "en": "A credible named source with some corroboration"}},
        {"value": 4, "label": {"ar": "عدة مصادر مسمّاة، بعضها مستقل", "en": "Several named sources, some of them independent"}},
        {"value": 5, "label": {"ar": "عدة مصادر مسمّاة ومستقلة وأولية", "en": "Several named, independent, primary sources"}}
      ],
      "signals": [
        {"key": "sourceTypeConfirmed", "kind": "enum",
         "label": {"ar": "نوع المصدر (مؤكَّد)", "en": "Source type (confirmed)"},
         "options": [
           {"value": "NAMED_PERSON", "label": {"ar": "شخص مسمّى", "en": "Named person"}},
           {"value": "OFFICIAL", "label": {"ar": "جهة رسمية", "en": "Official"}},
           {"value": "OUTLET", "label": {"ar": "وسيلة إعلامية", "en": "Outlet"}},
           {"value": "ANONYMOUS", "label": {"ar": "مصدر مجهول", "en": "Anonymous"}},
           {"value": "UNATTRIBUTED", "label": {"ar": "غير منسوب", "en": "Unattributed"}}
         ]},
        {"key": "independentSources", "kind": "integer", "min": 0, "max": 20,
         "label": {"ar": "عدد المصادر المستقلة", "en": "Independent sources"}},
        {"key": "anonymousDependency", "kind": "enum",
         "label": {"ar": "الاعتماد على مصادر مجهولة", "en": "Reliance on anonymous sources"},
         "options": [
           {"value": "none", "label": {"ar": "لا يوجد", "en": "None"}},
           {"value": "one", "label": {"ar": "مصدر واحد", "en": "One"}},
           {"value": "several", "label": {"ar": "عدة مصادر", "en": "Several"}}
         ]},
        {"key": "anonymousMotivationGiven", "kind": "boolean",
         "label": {"ar": "ذُكر سبب إخفاء هوية المصدر", "en": "Reason for anonymity given"}},
        {"key": "wireOrPrimaryDocumentsCited", "kind": "boolean",
         "label": {"ar": "استشهاد بوكالة أنباء أو وثائق أولية", "en": "Wire service or primary documents cited"}},
        {"key": "anonymousSource", "kind": "boolean",
         "label": {"ar": "يستند إلى مصدر مجهول", "en": "Relies on an anonymous source"}}
      ]
    },
    {
      "key": "evidence",
      "label": {"ar": "قوة الأدلة", "en": "Evidence"},
      "levels": [
        {"value": 1, "label": {"ar": "لا دليل", "en": "No evidence"}},
        {"value": 2, "label": {"ar": "دليل ضعيف أو غير مباشر", "en": "Weak or indirect evidence"}},
        {"value": 3, "label": {"ar": "دليل جزئي", "en": "Partial evidence"}},
        {"value": 4, "label": {"ar": "دليل قوي من نوع واحد", "en": "Strong evidence of one kind"}},
        {"value": 5, "label": {"ar": "أدلة قوية ومتعددة الأنواع يمكن التحقق منها", "en": "Strong, verifiable evidence of several kinds"}}
      ],
      "signals": [
        {"key": "evidenceTypes", "kind": "multi",
         "label": {"ar": "أنواع الأدلة", "en": "Evidence types"},
         "options": [
           {"value": "documents", "label": {"ar": "وثائق", "en": "Documents"}},
           {"value": "imagery", "label": {"ar": "صور أو فيديو", "en": "Imagery"}},
           {"value": "officialData", "label": {"ar": "بيانات رسمية", "en": "Official data"}},
           {"value": "eyewitness", "label": {"ar": "شهود عيان", "en": "Eyewitness"}},
           {"value": "expert", "label": {"ar": "رأي خبير", "en": "Expert"}},
           {"value": "none", "label": {"ar": "لا شيء", "en": "None"}}
         ]},
        {"key": "numbersChecked", "kind": "boolean",
         "label": {"ar": "تم التحقق من الأرقام", "en": "Numbers checked"}}
      ]
    }
  ],
  "verdicts": [
    {"value": "TRUE", "label": {"ar": "صحيح", "en": "True"}},
    {"value": "MOSTLY_TRUE", "label": {"ar": "صحيح في معظمه", "en": "Mostly true"}},
    {"value": "MISLEADING", "label": {"ar": "مضلِّل", "en": "Misleading"}},
    {"value": "MOSTLY_FALSE", "label": {"ar": "خاطئ في معظمه", "en": "Mostly false"}},
    {"value": "FALSE", "label": {"ar": "خاطئ", "en": "False"}},
    {"value": "UNVERIFIABLE", "label": {"ar": "لا يمكن التحقق منه", "en": "Unverifiable"}},
    {"value": "OPINION", "label": {"ar": "رأي", "en": "Opinion"}}
  ]
}
$json$::jsonb, 'system', now(), true);

-- The rubric version a review was validated against (null for reviews stored before rubrics were versioned).
alter table review add column rubric_version integer references rubric (version);
