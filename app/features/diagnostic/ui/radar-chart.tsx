/**
 * The radar chart of the dimension scores, drawn in SVG on the server (no JavaScript), with the
 * same figures in a table beside it. Axes are numbered; the table gives each number's theme.
 */
import { useT } from "~/ui/i18n";
import { radarGeometry } from "../radar";
import { TableScroll } from "./table-scroll";

export interface RadarItem {
  readonly id: string;
  readonly title: string;
  /** 0-100, or null when the dimension has no score ("not applicable"). */
  readonly score: number | null;
}

const size = 320;

/** The chart (an image with a title and description) and its data table. */
export function RadarChart({ items }: { items: readonly RadarItem[] }) {
  const t = useT();
  const geometry = radarGeometry(
    items.map((item) => item.score ?? 0),
    { size, margin: 36, labelGap: 14 },
  );
  return (
    <div className="diagnostic-chart">
      <svg
        className="diagnostic-radar"
        viewBox={`0 0 ${size} ${size}`}
        role="img"
        aria-labelledby="radar-title radar-desc"
      >
        <title id="radar-title">{t("diagnostic.result.chartTitle")}</title>
        <desc id="radar-desc">{t("diagnostic.result.chartDescription")}</desc>
        {geometry.rings.map((ring) => (
          <polygon key={ring.value} points={ring.points} className="diagnostic-radar-ring" />
        ))}
        {geometry.axes.map((axis, index) => (
          <line
            key={items[index]?.id}
            x1={geometry.center.x}
            y1={geometry.center.y}
            x2={axis.x}
            y2={axis.y}
            className="diagnostic-radar-axis"
          />
        ))}
        <polygon points={geometry.points} className="diagnostic-radar-area" />
        {geometry.vertices.map((vertex, index) => (
          <circle
            key={items[index]?.id}
            cx={vertex.x}
            cy={vertex.y}
            r={4}
            className="diagnostic-radar-point"
          />
        ))}
        {geometry.labels.map((label, index) => (
          <text
            key={items[index]?.id}
            x={label.x}
            y={label.y}
            textAnchor={label.textAnchor}
            dominantBaseline={label.dominantBaseline}
            className="diagnostic-radar-label"
          >
            {index + 1}
          </text>
        ))}
      </svg>
      <TableScroll labelledBy="scores-caption">
        <table className="table diagnostic-scores-table">
          <caption id="scores-caption">{t("diagnostic.result.tableCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("diagnostic.result.number")}</th>
              <th scope="col">{t("diagnostic.result.dimension")}</th>
              <th scope="col">{t("diagnostic.result.score")}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item, index) => (
              <tr key={item.id}>
                <td>{index + 1}</td>
                <th scope="row" lang="fr">
                  {item.title}
                </th>
                <td>{item.score === null ? t("diagnostic.result.notApplicable") : item.score}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
