// When and where a session meets, as its pages show it under their title (the time sentence is
// the documents' one: pages using it send the "committees.documents" messages).
import { useLocale, useT } from "~/ui/i18n";
import { sessionTimeText } from "../time-zones";
import type { SessionHeader } from "./shared";

/**
 * When and where the session meets: the day and time in Paris and, for a reader overseas, in
 * their zone; the place and/or the video link.
 */
export function SessionWhere({
  session,
}: {
  session: Pick<SessionHeader, "place" | "videoUrl" | "startsAt" | "viewerPlace">;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <p>
        {t("committees.session.whenLabel")}{" "}
        {sessionTimeText(t, new Date(session.startsAt), session.viewerPlace, locale)}
      </p>
      {session.place ? (
        <p>
          {t("committees.session.placeLabel")} {session.place}
        </p>
      ) : null}
      {session.videoUrl ? (
        <p>
          {t("committees.session.videoLabel")}{" "}
          <a href={session.videoUrl} rel="noreferrer noopener">
            {session.videoUrl}
          </a>
        </p>
      ) : null}
    </>
  );
}
