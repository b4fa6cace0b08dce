import base from "@resq/eslint-config/base";
import nextjs from "@resq/eslint-config/nextjs";
import react from "@resq/eslint-config/react";

export default [...base, ...react, ...nextjs];
