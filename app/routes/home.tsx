import { Link } from "react-router";
import { useT } from "~/ui/i18n";

export function meta() {
  return [
    { title: "Digit'ESS – accompagnement numérique des associations" },
    {
      name: "description",
      content:
        "Appel à projets ouvert toute l'année : diagnostic numérique, cadrage et réalisation d'outils pour les structures de l'ESS.",
    },
  ];
}

export default function Home() {
  const t = useT();
  return (
    <>
      <h1>{t("page.home.title")}</h1>
      <p>{t("page.home.intro")}</p>
      <p>{t("page.home.applyAnyTime")}</p>
      <div className="actions">
        <Link to="/inscription" className="button">
          {t("page.home.cta.signUp")}
        </Link>
        <Link to="/connexion" className="button button-secondary">
          {t("page.home.cta.signIn")}
        </Link>
      </div>
    </>
  );
}
