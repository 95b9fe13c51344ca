
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "Evidence": [
      "Claim",
      "Statistic"
    ],
    "SearchHitNode": [
      "Claim",
      "Misconception",
      "Passage",
      "ResearchGap",
      "Statistic"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "Evidence": [
      "Claim",
      "Statistic"
    ],
    "SearchHitNode": [
      "Claim",
      "Misconception",
      "Passage",
      "ResearchGap",
      "Statistic"
    ]
  }
};
      export default result;
    