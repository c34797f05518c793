import { describe, expect, it } from "vitest";
import { shapeStatusCounts } from "../inbox-counts";
import { emptyInboxFilters, inboxRegions, parseInboxSearch } from "../inbox-filters";
import type { InboxPageData, InboxRow } from "../inbox-page.server";
import { renderInbox } from "./inbox-render.testing";

const id = "0b6f1c3e-2d4a-4f5b-8c9d-1e2f3a4b5c6d";

function row(overrides: Partial<InboxRow> = {}): InboxRow {
  return {
    id,
    number: "DE-2026-00042",
    organizationName: "Le Toit Partagé",
    departement: "13",
    antennaName: "Antenne Provence-Alpes-Côte d'Azur et Corse",
    levels: ["diagnostic", "scoping"],
    state: "submitted",
    age: { days: 20, waitingOn: "staff", overdue: true },
    alertDays: 15,
    assigneeName: null,
    flagged: true,
    unread: true,
    ...overrides,
  };
}

function page(overrides: Partial<InboxPageData> = {}, query = ""): InboxPageData {
  const parsed = parseInboxSearch(new URLSearchParams(query));
  const counts = shapeStatusCounts([{ status: "submitted", count: 1 }], parsed.filters.statuses);
  return {
    rows: [row()],
    counts: { ...counts, links: { all: "/instruction", byState: {} } },
    parsed,
    scopeEmpty: false,
    filtered: false,
    options: { antennas: [{ id, label: "Antenne Marseille" }], axes: [], regions: inboxRegions },
    links: {
      next: null,
      first: null,
      clear: "/instruction",
      export: "/instruction/exports/nouvelle",
    },
    ...overrides,
  };
}

describe("the inbox page as rendered", () => {
  it("shows a row with its link, markers, age warning and export link", () => {
    const html = renderInbox(page());
    expect(html).toContain('href="/instruction/candidatures/0b6f1c3e-2d4a-4f5b-8c9d-1e2f3a4b5c6d"');
    expect(html).toContain("DE-2026-00042");
    expect(html).toContain("Critère à vérifier");
    expect(html).toContain("Non lu");
    expect(html).toContain("20 jours");
    expect(html).toContain("Délai dépassé : 15 jours ou plus sans réponse de l&#x27;équipe");
    expect(html).toContain("Diagnostic, Cadrage");
    expect(html).toContain("Personne");
    expect(html).toContain("Envoyée");
    expect(html).toContain('href="/instruction/exports/nouvelle"');
    expect(html).toContain("Exporter cette liste");
    expect(html).toContain('class="table table-stacked inbox-table"');
    expect(html).not.toContain("review.inbox.");
  });

  it("shows a late applicant without a warning", () => {
    const html = renderInbox(
      page({
        rows: [
          row({
            state: "information_requested",
            age: { days: 1, waitingOn: "applicant", overdue: false },
            flagged: false,
            unread: false,
          }),
        ],
      }),
    );
    expect(html).toContain("1 jour");
    expect(html).toContain("En attente de la structure");
    expect(html).not.toContain("Délai dépassé");
    expect(html).not.toContain("Critère à vérifier</span>");
  });

  it("is one GET form with every filter, the values applied kept", () => {
    const html = renderInbox(
      page({}, "statut=in_review&q=toit&departement=13&moi=1&tri=waiting&depose_du=2026-01-01"),
    );
    expect(html).toMatch(/<form class="inbox-filters" action="\/instruction" method="get">/);
    for (const name of [
      "statut",
      "echelon",
      "antenne",
      "departement",
      "region",
      "axe",
      "depose_du",
      "depose_au",
      "moi",
      "signalees",
      "non_lues",
      "q",
      "tri",
    ]) {
      expect(html, name).toContain(`name="${name}"`);
    }
    expect(html).toContain('value="toit"');
    expect(html).toMatch(
      /<input type="checkbox" [^>]*name="statut" checked="" value="in_review"\/>/,
    );
    expect(html).toMatch(/<input type="checkbox" [^>]*name="statut" value="submitted"\/>/);
    expect(html).toMatch(/<input type="checkbox" [^>]*name="moi" checked="" value="1"\/>/);
    expect(html).toMatch(/<input type="checkbox" [^>]*name="signalees" value="1"\/>/);
    expect(html).toContain('value="2026-01-01"');
    expect(html).toMatch(/<option value="13" selected="">13 – Bouches-du-Rhône<\/option>/);
    expect(html).toMatch(/<option value="" selected="">Tous les échelons<\/option>/);
    expect(html).toMatch(/<option value="waiting" selected="">/);
    expect(html).toContain("Sans antenne");
    expect(html).toContain("Appliquer");
  });

  it("names each ignored filter in French", () => {
    const html = renderInbox(page({}, `antenne=x&depose_du=2026-02-30&q=${"a".repeat(200)}`));
    expect(html).toContain("Nous avons ignoré une valeur incorrecte du filtre « Antenne ».");
    expect(html).toContain(
      "Nous avons ignoré une valeur incorrecte du filtre « Déposée à partir du ».",
    );
    expect(html).toContain("« Rechercher (100 caractères au plus) »");
  });

  it("tells an empty scope from filters that match nothing", () => {
    const empty = renderInbox(page({ rows: [], scopeEmpty: true }));
    expect(empty).toContain("Aucune candidature envoyée dans votre périmètre");
    expect(empty).not.toContain("<form");

    const none = renderInbox(
      page(
        { rows: [], filtered: true, links: { ...page().links, clear: "/instruction?tri=number" } },
        "q=zz",
      ),
    );
    expect(none).toContain("Aucune candidature ne correspond à ces filtres.");
    expect(none).toContain('<a href="/instruction?tri=number">Effacer les filtres</a>');
    expect(none).not.toContain("Exporter cette liste");
  });

  it("draws the pagination links", () => {
    const html = renderInbox(
      page({
        links: {
          ...page().links,
          next: "/instruction?apres=k~1",
          first: "/instruction",
        },
      }),
    );
    expect(html).toContain('<a href="/instruction?apres=k~1" rel="next">Page suivante</a>');
    expect(html).toContain('<a href="/instruction">Retour au début</a>');
  });

  it("shows the counts per status with their links", () => {
    const html = renderInbox(
      page({
        counts: {
          ...shapeStatusCounts([{ status: "submitted", count: 3 }], []),
          links: { all: "/instruction", byState: { submitted: "/instruction?statut=submitted" } },
        },
        parsed: { filters: emptyInboxFilters, after: null, errors: [] },
      }),
    );
    expect(html).toContain('<a href="/instruction" aria-current="page">Tous les statuts : 3</a>');
    expect(html).toContain('<a href="/instruction?statut=submitted">Envoyée : 3</a>');
  });
});
