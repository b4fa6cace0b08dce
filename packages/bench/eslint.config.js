import base from "@resq/eslint-config/base";

export default base;
