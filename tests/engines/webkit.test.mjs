// WebKitGTK (Debian's MiniBrowser, through WebKitWebDriver, on its own Xvfb): see suite.mjs.
import { engineTests } from "./suite.mjs";

engineTests("webkit");
