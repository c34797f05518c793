import type { LoaderFunctionArgs } from "react-router";
import { useLoaderData } from "react-router";

// One page of `?bytes=N` bytes of table markup (about), with no data behind it: what the
// framework costs to render and send that much HTML. The loader only reads the URL.
const ROW_BYTES = 190;

export function loader({ request }: LoaderFunctionArgs) {
  const bytes = Number(new URL(request.url).searchParams.get("bytes") ?? 20_000);
  return { rows: Math.max(1, Math.min(5_000, Math.round(bytes / ROW_BYTES))) };
}

export function meta() {
  return [{ title: "Page de référence" }];
}

export default function Page() {
  const { rows } = useLoaderData<typeof loader>();
  return (
    <main>
      <h1>Page de référence</h1>
      <table>
        <tbody>
          {Array.from({ length: rows }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: static rows
            <tr key={i} className="row">
              <td>
                <a href={`/candidatures/${i}`}>DE-2026-{String(i).padStart(5, "0")}</a>
              </td>
              <td>Association des amis du numérique solidaire</td>
              <td>En cours d'examen</td>
              <td>12 jours</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
