"""The applicant's pages of her cases ("Moje sprawy"): dashboard, case page, UPO, inbox."""
