// Firefox ESR (Debian's firefox-esr, through geckodriver in .tools/): see suite.mjs.
import { engineTests } from "./suite.mjs";

engineTests("firefox");
