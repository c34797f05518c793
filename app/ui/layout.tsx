/**
 * The page shell: skip link, header with the programme name and the navigation of the signed-in
 * role, main content, footer with legal pages and the language switch. Works without JavaScript
 * and at 320 px (the navigation wraps).
 */
import type { ReactNode } from "react";
import { Form, Link, NavLink } from "react-router";
import type { MessageKey } from "~/i18n";
import { useLocale, useT } from "./i18n";
import { FlashNotice } from "./notice";

export type NavItem = { href: string; labelKey: MessageKey };
export type ShellUser = { name: string } | null;

type ShellProps = {
  user: ShellUser;
  navigation: NavItem[];
  currentPath: string;
  children: ReactNode;
};

/** Wraps every page. */
export function Shell({ user, navigation, currentPath, children }: ShellProps) {
  const t = useT();
  const locale = useLocale();
  const other = locale === "fr" ? "en" : "fr";
  return (
    <>
      <a href="#contenu" className="skip-link">
        {t("shell.skipLink")}
      </a>
      <header className="site-header">
        <div className="container header-inner">
          <p className="site-name">
            <Link to="/">{t("app.name")}</Link>
            <span className="site-tagline">{t("app.tagline")}</span>
          </p>
          <div className="header-account">
            {user ? (
              <>
                <span className="signed-in-as">{t("shell.signedInAs", { name: user.name })}</span>
                <Link to="/compte" className="button button-secondary button-small">
                  {t("shell.account")}
                </Link>
                <Link to="/compte/notifications" className="button button-secondary button-small">
                  {t("shell.notifications")}
                </Link>
                <Form method="post" action="/deconnexion">
                  <button type="submit" className="button button-secondary button-small">
                    {t("shell.signOut")}
                  </button>
                </Form>
              </>
            ) : (
              <>
                <Link to="/connexion" className="button button-secondary button-small">
                  {t("shell.signIn")}
                </Link>
                <Link to="/inscription" className="button button-small">
                  {t("shell.signUp")}
                </Link>
              </>
            )}
          </div>
        </div>
        <nav aria-label={t("shell.nav.label")} className="site-nav">
          <ul className="container nav-list">
            <li>
              <NavLink to="/" end>
                {t("shell.nav.home")}
              </NavLink>
            </li>
            {navigation.map((item) => (
              <li key={item.href}>
                <NavLink to={item.href}>{t(item.labelKey)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="contenu" tabIndex={-1} className="container site-main">
        <FlashNotice />
        {children}
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t("shell.footer.about")}</p>
          <nav aria-label={t("shell.footer.label")}>
            <ul className="footer-links">
              <li>
                <Link to="/mentions-legales">{t("shell.footer.legal")}</Link>
              </li>
              <li>
                <Link to="/donnees-personnelles">{t("shell.footer.privacy")}</Link>
              </li>
              <li>
                <Link to="/accessibilite">{t("shell.footer.accessibility")}</Link>
              </li>
              <li>
                <a
                  href={`/langue?vers=${other}&retour=${encodeURIComponent(currentPath)}`}
                  hrefLang={other}
                  lang={other}
                >
                  {t("shell.footer.language")}
                </a>
              </li>
            </ul>
          </nav>
        </div>
      </footer>
    </>
  );
}
