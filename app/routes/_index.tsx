import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { pageMeta } from "~/components/meta";

export const meta: MetaFunction = () => [
  ...pageMeta(
    "Restorative Network · Healing and learning after harm in healthcare",
    "Peer-support circles, de-identified case learnings, trained facilitators and a resource library for restorative responses to harm in healthcare.",
  ),
];

const QUESTIONS = [
  "Who has been affected?",
  "What are their impacts and needs?",
  "Who is responsible for meeting those needs?",
  "What would it look like to be free of this harm?",
];

export default function Home() {
  return (
    <div className="page">
      <section className="hero" aria-labelledby="hero-heading">
        <h1 id="hero-heading">Healing and learning after harm in healthcare</h1>
        <p className="lead">
          When care goes wrong, the people involved are often left alone with it. Restorative Network brings patients, families and healthcare workers together,
          with trained facilitators, to heal and to learn.
        </p>
        <ol className="questions">
          {QUESTIONS.map((q) => (
            <li key={q}>{q}</li>
          ))}
        </ol>
      </section>
      <div className="tiles">
        <section className="tile" aria-labelledby="tile-circles">
          <h2 id="tile-circles">
            <Link to="/circles">Peer-support circles</Link>
          </h2>
          <p>Small, moderated, confidential circles where healthcare workers can speak and be heard by peers. What is said in a circle stays there.</p>
        </section>
        <section className="tile" aria-labelledby="tile-learnings">
          <h2 id="tile-learnings">
            <Link to="/learnings">Case learnings</Link>
          </h2>
          <p>What happened and what changed, shared by practitioners after de-identification and review by two people.</p>
        </section>
        <section className="tile" aria-labelledby="tile-facilitators">
          <h2 id="tile-facilitators">
            <Link to="/facilitators">Find a facilitator</Link>
          </h2>
          <p>Trained restorative facilitators by country, language, setting and kind of harm, with verified training.</p>
        </section>
        <section className="tile" aria-labelledby="tile-resources">
          <h2 id="tile-resources">
            <Link to="/resources">Resource library</Link>
          </h2>
          <p>Research, policies, frameworks and guides on restorative responses to harm.</p>
        </section>
      </div>
    </div>
  );
}
