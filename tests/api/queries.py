"""GraphQL documents shared by the API tests (the shape a static build asks for)."""

PAGE_FIELDS = """
fragment PageFields on Page {
  id title seoTitle slug pageType urlPath url depth parentId showInMenus summary
  searchDescription firstPublishedAt lastPublishedAt
  breadcrumbs { title urlPath url }
  body { id type value }
  ... on DepartmentHomePage { intro easyRead signLanguageVideoUrl address postalCode city phone
    email officeHours latitude longitude }
  ... on SchoolHomePage { officialName shortName unitType unitTypeLabel rspoNumber patron
    principal intro easyRead signLanguageVideoUrl address postalCode city phone email officeHours
    latitude longitude logo { url width height alt srcset } }
  ... on NewsIndexPage { intro }
  ... on NewsPage { date lead mainImage { url width height alt caption srcset } tags { name slug } }
  ... on EventIndexPage { intro }
  ... on EventPage { start end place registrationUrl lead }
  ... on ContactPage { intro mapDescription }
  ... on AccessibilityStatementPage { entityName siteUrl intro publicationDate updateDate status
    statusLabel nonAccessibleContent burdenAnalysisUrl preparedDate reviewDate preparationMethod
    preparationMethodLabel auditorName contactPerson contactEmail contactPhone procedure
    architecture signLanguageInterpreter mobileApps }
  ... on DocumentPage { producedBy producedDate enteredBy changeDescription
    changeRegister { publishedAt user description } }
}
"""

SITE_PAGES = (
    """
query SitePages($host: String!) {
  site(hostname: $host) {
    hostname name rootUrl isDepartment
    settings { primaryColour primaryTextColour accentColour logoAlt logo { url width height alt }
      socialLinks { name label url } footerText footerPhone footerEmail
      accessibilityContactName accessibilityContactEmail accessibilityContactPhone }
    unit { officialName shortName unitType unitTypeLabel rspoNumber patron principal address
      postalCode city phone email officeHours latitude longitude easyRead signLanguageVideoUrl
      intro logo { url } }
    menu { id title url urlPath children { id title url urlPath } }
  }
  announcements(hostname: $host) { id title body priority activeFrom activeTo }
  newsTags(hostname: $host) { name slug count }
  sitePages(hostname: $host) { ...PageFields }
}
"""
    + PAGE_FIELDS
)

PAGE_BY_PATH = (
    """
query Page($host: String!, $path: String!) { page(hostname: $host, path: $path) { ...PageFields } }
"""
    + PAGE_FIELDS
)
