
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "Evidence": [
      "Claim",
      "Statistic"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "Evidence": [
      "Claim",
      "Statistic"
    ]
  }
};
      export default result;
    