import base from "@resq/eslint-config/base";
import react from "@resq/eslint-config/react";

export default [...base, ...react];
