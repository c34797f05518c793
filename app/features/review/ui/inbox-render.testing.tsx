/**
 * Test helper: the inbox page rendered to HTML as the server renders it, with the messages a
 * loader sent (French by default), so tests can read what people see.
 */
import { renderToStaticMarkup } from "react-dom/server";
import { createMemoryRouter, RouterProvider } from "react-router";
import type { PageMessages } from "~/i18n";
import { messagesFor } from "~/i18n.server";
import { MessagesProvider } from "~/ui/i18n";
import type { InboxPageData } from "../inbox-page.server";
import { InboxPage } from "./inbox-page";

export function renderInbox(
  data: InboxPageData,
  messages: PageMessages = messagesFor("fr", ["ui", "review.inbox", "applications.status"]),
): string {
  const router = createMemoryRouter(
    [
      {
        id: "inbox",
        path: "/instruction",
        loader: () => null,
        element: (
          <MessagesProvider>
            <InboxPage data={data} />
          </MessagesProvider>
        ),
      },
    ],
    { initialEntries: ["/instruction"], hydrationData: { loaderData: { inbox: { messages } } } },
  );
  return renderToStaticMarkup(<RouterProvider router={router} />);
}
