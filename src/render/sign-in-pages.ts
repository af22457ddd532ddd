// Pages of staff sign-in: what went wrong and what to do next, in Dutch and English like the console.
import { page } from './html.js';

export type SignInProblem = 'provider_unreachable' | 'expired' | 'refused' | 'failed';

const PROBLEMS: Record<SignInProblem, { nl: string; en: string }> = {
  provider_unreachable: {
    nl: 'De aanmeldservice van de gemeente is nu niet bereikbaar. Probeer het over een paar minuten opnieuw.',
    en: "The municipality's sign-in service cannot be reached right now. Please try again in a few minutes.",
  },
  expired: {
    nl: 'Deze aanmelding is verlopen of in een andere browser begonnen.',
    en: 'This sign-in has expired or was started in another browser.',
  },
  refused: {
    nl: 'De aanmeldservice heeft u niet aangemeld. Vraag de beheerder of u toegang tot charterbot hebt.',
    en: 'The sign-in service did not sign you in. Ask the administrator whether you have access to charterbot.',
  },
  failed: {
    nl: 'De aanmelding kon niet worden afgerond.',
    en: 'The sign-in could not be completed.',
  },
};

export function signInProblemPage(problem: SignInProblem): string {
  const text = PROBLEMS[problem];
  return page(
    'charterbot — aanmelden / sign in',
    `<h1>Aanmelden lukte niet <span lang="en">/ Sign-in did not work</span></h1>
<p>${text.nl}</p>
<p lang="en">${text.en}</p>
<p><a href="/auth/login">Opnieuw aanmelden <span lang="en">/ Sign in again</span></a></p>`,
  );
}

export function signedOutPage(): string {
  return page(
    'charterbot — afgemeld / signed out',
    `<h1>U bent afgemeld <span lang="en">/ You are signed out</span></h1>
<p>U bent afgemeld bij charterbot. Sluit de browser om ook bij de aanmeldservice van de gemeente af te melden.</p>
<p lang="en">You are signed out of charterbot. Close the browser to sign out of the municipality's sign-in service as well.</p>
<p><a href="/auth/login">Opnieuw aanmelden <span lang="en">/ Sign in again</span></a></p>`,
  );
}
