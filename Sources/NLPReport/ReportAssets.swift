/// What the HTML report carries inline besides its data: the stylesheet (``css``, in
/// ReportStyle.swift) and the script that draws the page (``script``, in ReportScript.swift).
enum ReportAssets {}
