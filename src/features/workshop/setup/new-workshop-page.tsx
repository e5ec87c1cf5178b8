// #/w/new: setting up a workshop, opening another saved in this browser, or importing one from a file.
import { messages } from '../messages';
import { ImportWorkshop } from './import-workshop';
import { SavedWorkshops } from './saved-workshops';
import { SetupForm } from './setup-form';

export function NewWorkshopPage() {
  return (
    <div className="page page--workshop">
      <header className="step-header">
        <p className="eyebrow">{messages.eyebrow}</p>
        <h1 tabIndex={-1} ref={(h) => h?.focus()}>
          {messages.setupPageTitle}
        </h1>
        <p className="lead">{messages.setupLead}</p>
      </header>
      {/* The set-up form stands in for this address once the workshop exists. */}
      <SetupForm replaceAddress />
      <SavedWorkshops />
      <section className="card" aria-labelledby="import-workshop-title">
        <h2 id="import-workshop-title">{messages.importWorkshopTitle}</h2>
        <ImportWorkshop />
      </section>
    </div>
  );
}
